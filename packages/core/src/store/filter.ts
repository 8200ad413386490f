export { maskFilter, sqlEquals, sqlIdent, sqlString } from '../filter/index.js'
