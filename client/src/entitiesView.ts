/** The Entities view in the explorer: entities grouped by type with counts, filterable; a click shows the mentions. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, EntitiesRequest, TYPE_ORDER, type EntityKind, type EntitySummary } from '../../common/protocol';
import { PHRASES } from '../../server/src/l10n/phrases';
import { count, typeGroupName } from './l10n';

export const ENTITIES_VIEW_ID = 'corpusLens.entities';

const ICONS: Record<EntityKind, string> = { PER: 'person', ORG: 'organization', LOC: 'globe', DATE: 'calendar' };
const groups = () => TYPE_ORDER.map((type) => ({ type, label: typeGroupName(type), icon: ICONS[type] }));

type Node = { kind: 'group'; type: EntityKind; label: string; icon: string; items: EntitySummary[] } | { kind: 'entity'; entity: EntitySummary };

export class EntitiesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private data: Promise<EntitySummary[]> | null = null;
  private filter = '';

  /** `client` is undefined while the language server is not started (no corpus yet): the view is empty. */
  constructor(private readonly client: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView(ENTITIES_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
  }

  /** The view's top-level data: the entities it lists (after the filter). */
  entities(): Promise<EntitySummary[]> {
    const client = this.client();
    if (!client) return Promise.resolve([]);
    this.data ??= client.sendRequest<EntitySummary[]>(EntitiesRequest, { filter: this.filter || undefined })
      .catch((e: Error) => {
        this.data = null;
        void vscode.window.showWarningMessage(vscode.l10n.t('Corpus Lens: cannot list entities: {0}', e.message));
        return [];
      });
    return this.data;
  }

  refresh(): void {
    this.data = null;
    this.changed.fire(undefined);
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    this.view.description = this.filter ? vscode.l10n.t('filter: {0}', this.filter) : undefined;
    this.refresh();
  }

  getFilter(): string {
    return this.filter;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return node.kind === 'group' ? node.items.map((entity) => ({ kind: 'entity', entity })) : [];
    const all = await this.entities();
    // Empty without a filter: the view's welcome content (package.json viewsWelcome) explains what to do.
    this.view.message = all.length || !this.filter ? undefined : vscode.l10n.t('No entity matches «{0}».', this.filter);
    return groups().map((g) => ({ kind: 'group' as const, ...g, items: all.filter((e) => e.type === g.type) }))
      .filter((g) => g.items.length > 0);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.items.length);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return item;
    }
    const e = node.entity;
    const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.None);
    item.id = e.id;
    item.description = `${e.mentions} × · ${count(PHRASES.articles, e.documents)}`;
    const variants = e.variants.length ? `\n${vscode.l10n.t('Variants: {0}', e.variants.join(', '))}` : '';
    item.tooltip = `${e.name}\n${vscode.l10n.t('Spellings: {0}', e.spellings.join(', '))}${variants}\n${count(PHRASES.mentions, e.mentions)} ${count(PHRASES.inArticles, e.documents)}`;
    item.contextValue = 'corpusLens.entity';
    item.command = { command: Commands.showMentions, title: vscode.l10n.t('Show mentions'), arguments: [e.id] };
    return item;
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}
