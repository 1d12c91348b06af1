import type { AuthKind } from '../core/auth.js';
import { defineMessages } from '../core/messages.js';

/** Everything `<icra-sign-in>` says, in every language it speaks. */
export const signInMessages = defineMessages({
  az: {
    label: 'Portala giriş',
    signIn: 'Daxil ol',
    signingIn: 'Giriş edilir…',
    finishInPopup: 'Portalın açılan pəncərəsində girişi tamamlayın.',
    cancel: 'Ləğv et',
    signedInAs: (who: string) => `Daxil olmusunuz: ${who}`,
    kind: (kind: AuthKind | undefined): string =>
      kind === 'official' ? 'vəzifəli şəxs' : kind === 'evaluator' ? 'qiymətləndirici' : 'vətəndaş',
    signOut: 'Çıxış',
    signedOut: 'Hesabdan çıxdınız.',
    cancelled: 'Giriş ləğv edildi.',
    expired: 'Sessiyanın vaxtı bitdi. Yenidən daxil olun.',
    popupBlocked:
      'Brauzer giriş pəncərəsini blokladı. Bu sayt üçün açılan pəncərələrə icazə verin və yenidən cəhd edin.',
    denied: 'Giriş tamamlanmadı.',
    failed: 'Girişi tamamlamaq mümkün olmadı.',
    retry: 'Yenidən cəhd edin',
    notConfigured: 'Vidcet qurulmayıb: API ünvanı və ya qurum göstərilməyib.',
  },
  en: {
    label: 'Sign-in to the portal',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    finishInPopup: "Finish signing in in the portal's window.",
    cancel: 'Cancel',
    signedInAs: (who: string) => `Signed in as ${who}`,
    kind: (kind: AuthKind | undefined): string =>
      kind === 'official' ? 'an official' : kind === 'evaluator' ? 'an evaluator' : 'a citizen',
    signOut: 'Sign out',
    signedOut: 'You have signed out.',
    cancelled: 'Sign-in was cancelled.',
    expired: 'Your session has ended. Sign in again.',
    popupBlocked: 'Your browser blocked the sign-in window. Allow pop-ups for this site, then try again.',
    denied: 'Sign-in was not completed.',
    failed: 'Could not complete the sign-in.',
    retry: 'Try again',
    notConfigured: 'The widget is not set up: no API address or authority is given.',
  },
  ru: {
    label: 'Вход на портал',
    signIn: 'Войти',
    signingIn: 'Выполняется вход…',
    finishInPopup: 'Завершите вход в открывшемся окне портала.',
    cancel: 'Отменить',
    signedInAs: (who: string) => `Вы вошли: ${who}`,
    kind: (kind: AuthKind | undefined): string =>
      kind === 'official' ? 'должностное лицо' : kind === 'evaluator' ? 'оценщик' : 'гражданин',
    signOut: 'Выйти',
    signedOut: 'Вы вышли.',
    cancelled: 'Вход отменён.',
    expired: 'Сеанс истёк. Войдите снова.',
    popupBlocked:
      'Браузер заблокировал окно входа. Разрешите всплывающие окна для этого сайта и повторите попытку.',
    denied: 'Вход не выполнен.',
    failed: 'Не удалось завершить вход.',
    retry: 'Повторить',
    notConfigured: 'Виджет не настроен: не указан адрес API или орган власти.',
  },
});

export type SignInMessages = ReturnType<typeof signInMessages>;
