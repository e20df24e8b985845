import { tokenize, type Token } from './tokens.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  value?: T;
}

/** Multi-word phrases keyed by token keys; finds the longest phrase starting at a token. */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map() };

  /** Adds a phrase (tokenised the same way as article text). The first value added for a phrase wins. */
  add(phrase: string, value: T): void {
    const keys = tokenize(phrase).map((t) => t.key);
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** The longest phrase starting at tokens[at]: its end token index (exclusive) and value. */
  longest(tokens: readonly Token[], at: number, end = tokens.length): { end: number; value: T } | undefined {
    let node: Node<T> | undefined = this.root;
    let best: { end: number; value: T } | undefined;
    for (let i = at; i < end && node; i++) {
      node = node.next.get(tokens[i].key);
      if (node?.value !== undefined) best = { end: i + 1, value: node.value };
    }
    return best;
  }
}
