/** `corpus-lens report PATH...`: a readable summary of the corpus (what `npm start` prints for the seeds). */
import { oneOf } from '../args';
import { EXIT, type Command } from '../command';
import { palette } from '../format/color';
import { loadForCommand } from '../format/corpusView';
import { buildReport, findingMessages } from '../format/reportModel';
import { reportMarkdown, reportText } from '../format/reportText';

const FORMATS = ['text', 'json', 'markdown'] as const;

export const report: Command = {
  name: 'report',
  usage: 'corpus-lens report [--format text|json|markdown] [--config FILE] PATH...',
  options: { values: ['config', 'format'] },
  optionHelp: ['reportFormat', 'config'],
  async run(args, io) {
    const format = oneOf(args.values.format, FORMATS, 'text', 'format');
    const corpus = await loadForCommand(args, io);
    if (corpus.nothingRead) return EXIT.usage;
    const summary = buildReport(corpus);
    if (format === 'json') io.out(JSON.stringify(summary, null, 2));
    else if (format === 'markdown') io.out(reportMarkdown(summary, findingMessages(corpus)));
    else io.out(reportText(summary, palette(io.isTTY), findingMessages(corpus)));
    return corpus.unreadable ? EXIT.usage : EXIT.ok;
  },
};
