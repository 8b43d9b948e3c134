import type { Stage } from '../pipeline/stage.js';

export const articleStage: Stage = {
  name: 'article/meta',
  needs: ['paragraphs'],
  adds: ['meta'],
  run(doc, ctx) {
    return {
      meta: {
        ...doc.meta,
        ...(ctx.options.published ? { published: ctx.options.published, publishedFrom: 'option' as const } : {}),
        ...(ctx.options.outlet ? { outlet: ctx.options.outlet } : {}),
      },
    };
  },
};
