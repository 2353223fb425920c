import { builder } from './builder';
import './types/enums';
import './types/entity';
import './types/person';
import './types/country';
import './types/organization';
import './types/place';
import './types/article';
import './types/event';
import './types/statement';
import './types/condition';
import './types/invitation';
import './types/search';

export const schema = builder.toSchema({ sortSchema: false });
