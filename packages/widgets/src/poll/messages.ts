import { defineMessages, plural } from '../core/messages.js';

/** Everything `<icra-poll>` says, in every language it speaks. */
export const pollMessages = defineMessages({
  az: {
    loading: 'Sorğu yüklənir…',
    error: 'Sorğunu yükləmək mümkün olmadı.',
    retry: 'Yenidən cəhd edin',
    signInToVote: 'Səs vermək üçün portala daxil olun.',
    notEligible: 'Bu sorğuda səs verə bilməzsiniz: o yalnız bu icra hakimiyyətinin sakinləri üçündür.',
    opensAt: (when: string) => `Səsvermə ${when} tarixində (Bakı vaxtı) başlayır.`,
    closesAt: (when: string) => `Səsvermə ${when} tarixində (Bakı vaxtı) bitir.`,
    closed: 'Səsvermə bitib.',
    notOpen: 'Səsvermə hələ başlamayıb.',
    vote: 'Səs ver',
    voting: 'Səs verilir…',
    chooseOption: 'Bir cavab seçin.',
    alreadyVoted:
      'Bu sorğunun bülletenini əvvəllər, bəlkə başqa cihazda götürmüsünüz. Orada atılmayıbsa, onu yenidən atmaq mümkün deyil.',
    voteError: 'Səsinizi göndərmək mümkün olmadı. Yenidən cəhd edin.',
    uncounted: (n: number) => `${n} bülleten hələ bu nəticələrə daxil deyil`,
    results: 'Nəticələr',
    votes: (n: number) => `${n} səs`,
    turnout: (voters: number, eligible: number | null, percentage: string | null) =>
      eligible === null || percentage === null
        ? `İştirak: ${voters} nəfər`
        : `İştirak: ${voters} / ${eligible} nəfər (${percentage})`,
    hiddenNotVoted: 'Nəticələr səs verdikdən sonra görünəcək.',
    hiddenNotClosed: 'Nəticələr səsvermə bitdikdən sonra görünəcək.',
  },
  en: {
    loading: 'Loading the poll…',
    error: 'Could not load the poll.',
    retry: 'Try again',
    signInToVote: 'Sign in to the portal to vote.',
    notEligible: 'You cannot vote in this poll: it is only for residents of this executive authority.',
    opensAt: (when: string) => `Voting opens on ${when} (Baku time).`,
    closesAt: (when: string) => `Voting closes on ${when} (Baku time).`,
    closed: 'Voting has closed.',
    notOpen: 'Voting has not opened yet.',
    vote: 'Vote',
    voting: 'Voting…',
    chooseOption: 'Choose an answer.',
    alreadyVoted:
      'You took your ballot for this poll earlier, perhaps on another device. If it was not cast there, it cannot be cast again.',
    voteError: 'Could not send your vote. Try again.',
    uncounted: (n: number) =>
      n === 1 ? '1 ballot not yet in these results' : `${n} ballots not yet in these results`,
    results: 'Results',
    votes: (n: number) => (n === 1 ? '1 vote' : `${n} votes`),
    turnout: (voters: number, eligible: number | null, percentage: string | null) =>
      eligible === null || percentage === null
        ? `Turnout: ${voters} voters`
        : `Turnout: ${voters} of ${eligible} (${percentage})`,
    hiddenNotVoted: 'Results are shown once you have voted.',
    hiddenNotClosed: 'Results are shown when voting closes.',
  },
  ru: {
    loading: 'Загрузка опроса…',
    error: 'Не удалось загрузить опрос.',
    retry: 'Повторить',
    signInToVote: 'Войдите на портал, чтобы проголосовать.',
    notEligible: 'Вы не можете голосовать в этом опросе: он только для жителей этой исполнительной власти.',
    opensAt: (when: string) => `Голосование начнётся ${when} (по бакинскому времени).`,
    closesAt: (when: string) => `Голосование закончится ${when} (по бакинскому времени).`,
    closed: 'Голосование завершено.',
    notOpen: 'Голосование ещё не началось.',
    vote: 'Проголосовать',
    voting: 'Голосование…',
    chooseOption: 'Выберите ответ.',
    alreadyVoted:
      'Вы уже получили бюллетень этого опроса, возможно на другом устройстве. Если он не был там опущен, опустить его снова нельзя.',
    voteError: 'Не удалось отправить голос. Повторите попытку.',
    uncounted: (n: number) =>
      plural('ru', n, {
        one: `${n} бюллетень ещё не вошёл в эти результаты`,
        few: `${n} бюллетеня ещё не вошли в эти результаты`,
        other: `${n} бюллетеней ещё не вошли в эти результаты`,
      }),
    results: 'Результаты',
    votes: (n: number) => `Голосов: ${n}`,
    turnout: (voters: number, eligible: number | null, percentage: string | null) =>
      eligible === null || percentage === null
        ? `Явка: ${voters}`
        : `Явка: ${voters} из ${eligible} (${percentage})`,
    hiddenNotVoted: 'Результаты будут показаны после того, как вы проголосуете.',
    hiddenNotClosed: 'Результаты будут показаны после завершения голосования.',
  },
});

export type PollMessages = ReturnType<typeof pollMessages>;
