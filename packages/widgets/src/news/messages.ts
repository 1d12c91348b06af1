import { defineMessages, plural } from '../core/messages.js';

/** Everything `<icra-news>` says, in every language it speaks. */
export const newsMessages = defineMessages({
  az: {
    label: 'Xəbərlər',
    loading: 'Xəbərlər yüklənir…',
    loaded: (n: number) => `${n} xəbər göstərilir`,
    empty: 'Hələ ki xəbər yoxdur.',
    error: 'Xəbərləri yükləmək mümkün olmadı.',
    notConfigured: 'Vidcet qurulmayıb: API ünvanı göstərilməyib.',
    retry: 'Yenidən cəhd edin',
    loadMore: 'Daha çox xəbər',
    loadingMore: 'Yüklənir…',
    added: (n: number) => `Daha ${n} xəbər əlavə edildi`,
    allShown: 'Bütün xəbərlər göstərilir.',
    loadMoreError: 'Daha çox xəbər yükləmək mümkün olmadı.',
    back: 'Xəbərlərə qayıt',
    articleLoading: 'Xəbər yüklənir…',
    articleError: 'Xəbəri yükləmək mümkün olmadı.',
  },
  en: {
    label: 'News',
    loading: 'Loading the news…',
    loaded: (n: number) => plural('en', n, { one: `Showing ${n} article`, other: `Showing ${n} articles` }),
    empty: 'No news yet.',
    error: 'Could not load the news.',
    notConfigured: 'The widget is not set up: no API address is given.',
    retry: 'Try again',
    loadMore: 'More news',
    loadingMore: 'Loading…',
    added: (n: number) =>
      plural('en', n, { one: `${n} more article added`, other: `${n} more articles added` }),
    allShown: 'All news is shown.',
    loadMoreError: 'Could not load more news.',
    back: 'Back to the news',
    articleLoading: 'Loading the article…',
    articleError: 'Could not load the article.',
  },
  ru: {
    label: 'Новости',
    loading: 'Загрузка новостей…',
    loaded: (n: number) =>
      plural('ru', n, {
        one: `Показана ${n} новость`,
        few: `Показаны ${n} новости`,
        other: `Показано ${n} новостей`,
      }),
    empty: 'Новостей пока нет.',
    error: 'Не удалось загрузить новости.',
    notConfigured: 'Виджет не настроен: не указан адрес API.',
    retry: 'Повторить',
    loadMore: 'Ещё новости',
    loadingMore: 'Загрузка…',
    added: (n: number) =>
      plural('ru', n, {
        one: `Добавлена ещё ${n} новость`,
        few: `Добавлены ещё ${n} новости`,
        other: `Добавлено ещё ${n} новостей`,
      }),
    allShown: 'Показаны все новости.',
    loadMoreError: 'Не удалось загрузить ещё новости.',
    back: 'Назад к новостям',
    articleLoading: 'Загрузка новости…',
    articleError: 'Не удалось загрузить новость.',
  },
});

export type NewsMessages = ReturnType<typeof newsMessages>;
