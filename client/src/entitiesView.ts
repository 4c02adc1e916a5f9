/** The Entities view in the explorer: entities grouped by type with counts, filterable; a click shows the mentions. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, EntitiesRequest, TYPE_LABELS, TYPE_ORDER, type EntityKind, type EntitySummary } from '../../common/protocol';

export const ENTITIES_VIEW_ID = 'corpusLens.entities';

const ICONS: Record<EntityKind, string> = { PER: 'person', ORG: 'organization', LOC: 'globe', DATE: 'calendar' };
const GROUPS = TYPE_ORDER.map((type) => ({ type, label: TYPE_LABELS[type].many, icon: ICONS[type] }));

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
        void vscode.window.showWarningMessage(`Corpus Lens: cannot list entities: ${e.message}`);
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
    this.view.description = this.filter ? `filter: ${this.filter}` : undefined;
    this.refresh();
  }

  getFilter(): string {
    return this.filter;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return node.kind === 'group' ? node.items.map((entity) => ({ kind: 'entity', entity })) : [];
    const all = await this.entities();
    // Empty without a filter: the view's welcome content (package.json viewsWelcome) explains what to do.
    this.view.message = all.length || !this.filter ? undefined : `No entity matches “${this.filter}”.`;
    return GROUPS.map((g) => ({ kind: 'group' as const, ...g, items: all.filter((e) => e.type === g.type) }))
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
    item.description = `${e.mentions} × · ${e.documents} ${e.documents === 1 ? 'article' : 'articles'}`;
    const variants = e.variants.length ? `\nVariants: ${e.variants.join(', ')}` : '';
    item.tooltip = `${e.name}\nSpellings: ${e.spellings.join(', ')}${variants}`;
    item.contextValue = 'corpusLens.entity';
    item.command = { command: Commands.showMentions, title: 'Show mentions', arguments: [e.id] };
    return item;
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}
