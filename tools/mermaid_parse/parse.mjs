// Reads Mermaid texts separated by a NUL line from stdin; prints one line per text: ok or the error.
import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser;
globalThis.Element = dom.window.Element;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });
let input = '';
for await (const chunk of process.stdin) input += chunk;
for (const text of input.split('\n\u0000\n')) {
  if (!text.trim()) continue;
  try {
    const result = await mermaid.parse(text);
    console.log(result && result.diagramType === 'journey' ? 'ok' : 'not journey: ' + JSON.stringify(result));
  } catch (e) {
    console.log('error: ' + String(e.message || e).split('\n').join(' | '));
  }
}
