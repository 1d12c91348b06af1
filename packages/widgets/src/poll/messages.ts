import { defineMessages } from '../core/messages.js';

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
    vote: 'Səs ver',
    voting: 'Göndərilir…',
    chooseOption: 'Bir cavab seçin.',
    voted: 'Səsiniz qəbul edildi. Təşəkkür edirik!',
    alreadyVoted: 'Siz bu sorğuda artıq səs vermisiniz.',
    voteError: 'Səsinizi göndərmək mümkün olmadı. Yenidən cəhd edin.',
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
    vote: 'Vote',
    voting: 'Sending…',
    chooseOption: 'Choose an answer.',
    voted: 'Your vote has been counted. Thank you!',
    alreadyVoted: 'You have already voted in this poll.',
    voteError: 'Could not send your vote. Try again.',
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
    vote: 'Проголосовать',
    voting: 'Отправка…',
    chooseOption: 'Выберите ответ.',
    voted: 'Ваш голос учтён. Спасибо!',
    alreadyVoted: 'Вы уже проголосовали в этом опросе.',
    voteError: 'Не удалось отправить голос. Повторите попытку.',
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
