import type { ParticipationDirection } from '@icra/sdk';
import { defineMessages } from './messages.js';

/**
 * The directions (topics) of e-participation applications, as the portal names them
 * (`ParticipationDirection`), in each language: `directionNames(lang).roads_transport`. Every
 * language names every direction: a direction the portal adds is a type error here until it does.
 */
export const directionNames = defineMessages<Record<ParticipationDirection, string>>({
  az: {
    roads_transport: 'Yollar və nəqliyyat',
    utilities: 'Kommunal xidmətlər',
    education: 'Təhsil',
    health: 'Səhiyyə',
    environment: 'Ətraf mühit',
    culture_sport: 'Mədəniyyət və idman',
    social_protection: 'Sosial müdafiə',
    other: 'Digər',
  },
  en: {
    roads_transport: 'Roads and transport',
    utilities: 'Utilities',
    education: 'Education',
    health: 'Health',
    environment: 'Environment',
    culture_sport: 'Culture and sport',
    social_protection: 'Social protection',
    other: 'Other',
  },
  ru: {
    roads_transport: 'Дороги и транспорт',
    utilities: 'Коммунальные услуги',
    education: 'Образование',
    health: 'Здравоохранение',
    environment: 'Окружающая среда',
    culture_sport: 'Культура и спорт',
    social_protection: 'Социальная защита',
    other: 'Другое',
  },
});
