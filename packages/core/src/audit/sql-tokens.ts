export { SQL_KEYWORDS, tokenizeSql, type SqlToken, type SqlTokenKind } from '../filter/index.js'
