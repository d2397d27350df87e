/**
 * The components guide authors use in MDX, importable in one line:
 * `import { Callout, ExampleMessage } from '../../components/mdx';`
 */
export { default as Callout } from './Callout.astro';
export { default as Checklist } from './Checklist.astro';
export { default as DoDont } from './DoDont.astro';
export { default as Evidence } from './Evidence.astro';
export { default as ExampleMessage } from './ExampleMessage.astro';
export { default as SourcesDisagree } from './SourcesDisagree.astro';
