/** The part of shacl-engine (no published types) that src/validate uses. */
declare module 'shacl-engine' {
  import type { DatasetCore, Literal, NamedNode, Term } from '@rdfjs/types';

  interface Pointer {
    term: Term | undefined;
  }

  export interface PathStep {
    predicates: Term[];
    quantifier: 'one' | 'oneOrMore' | 'zeroOrMore' | 'zeroOrOne';
    start: 'subject' | 'object';
  }

  export interface ValidationReportResult {
    focusNode: Pointer;
    path: PathStep[] | null | undefined;
    message: Literal[];
    severity: NamedNode;
    value?: Pointer;
    shape: { ptr: Pointer };
  }

  export interface ValidationReport {
    conforms: boolean;
    results: ValidationReportResult[];
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: unknown });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<ValidationReport>;
  }
}
