export { MASK, maskFilter, type MaskFilterOptions } from '../filter/index.js'
