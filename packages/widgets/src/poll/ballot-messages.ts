import { defineMessages, plural } from '../core/messages.js';

/**
 * What `<icra-poll>` says once a ballot is under way, in every language: only a citizen who votes
 * needs these, so they come with the ballot's code (./ballot.ts), not with the poll's first render.
 */
export const ballotMessages = defineMessages({
  az: {
    voted: (batch: number | null) =>
      batch === null
        ? 'Səsiniz qəbul edildi. Nəticələr dəstələrlə dərc olunur; növbəti dəstə onu da əhatə edəcək.'
        : `Səsiniz qəbul edildi. Nəticələr ${batch} bülletenlik dəstələrlə dərc olunur; növbəti dəstə onu da əhatə edəcək.`,
    pending: (option: string) => `«${option}» cavabı üçün bülleteniniz hələ atılmayıb: yenidən cəhd edin.`,
    keyMismatch:
      'Səsiniz göndərilmədi: portalın verdiyi bülleten açarı bu sorğunun açıq açarı ilə üst-üstə düşmür, ona görə səsinizin gizliliyinə zəmanət yoxdur.',
    ballotRefused: 'Portal bülleteninizi qəbul etmədi. Bu sorğuda bülleten yenidən verilə bilməz.',
  },
  en: {
    voted: (batch: number | null) =>
      batch === null
        ? 'Your vote is counted. Results are published in batches; the next batch will include it.'
        : `Your vote is counted. Results are published in batches of ${batch}; the next batch will include it.`,
    pending: (option: string) => `Your ballot for “${option}” has not been cast yet: try again.`,
    keyMismatch:
      'Your vote was not sent: the ballot key the portal handed out does not match the key published for this poll, so the secrecy of your vote could not be guaranteed.',
    ballotRefused: 'The portal did not accept your ballot. A ballot cannot be issued again for this poll.',
  },
  ru: {
    voted: (batch: number | null) =>
      batch === null
        ? 'Ваш голос учтён. Результаты публикуются партиями; следующая партия его включит.'
        : `Ваш голос учтён. Результаты публикуются партиями по ${batch} ${plural('ru', batch, { one: 'бюллетеню', few: 'бюллетеня', other: 'бюллетеней' })}; следующая партия его включит.`,
    pending: (option: string) => `Ваш бюллетень за «${option}» ещё не опущен: повторите попытку.`,
    keyMismatch:
      'Ваш голос не отправлен: ключ бюллетеня, выданный порталом, не совпадает с ключом, опубликованным для этого опроса, поэтому тайна голосования не гарантирована.',
    ballotRefused: 'Портал не принял ваш бюллетень. Повторно бюллетень этого опроса не выдаётся.',
  },
});
