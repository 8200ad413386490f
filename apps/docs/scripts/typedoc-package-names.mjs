// TypeDoc plugin: name each entry-point module after its package (`core/src` → `@vcf-agent/core`), since the
// entry files' `@module` blocks carry no name and TypeDoc would otherwise use the path relative to packages/.
import { Converter, ReflectionKind } from 'typedoc'

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const mod of context.project.getChildrenByKind(ReflectionKind.Module)) {
      const match = /^([a-z0-9-]+)\/src$/.exec(mod.name)
      if (match) mod.name = `@vcf-agent/${match[1]}`
    }
  })
}
