import type { FunctionDef } from '../../core/functions/types.js';

/**
 * Excel's custom-function metadata (functions.json) generated straight from the core registry,
 * not from JSDoc: the registry already holds every name, type and description, so there is one
 * source and nothing to drift (docs/decisions/0502-functions-json-from-registry.md).
 */
export interface ExcelFunctionMetadata {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
    parameters: { name: string; description: string; type: string; dimensionality: string; optional?: boolean }[];
    result: { type: string; dimensionality: string };
  }[];
}

export function functionsMetadata(defs: readonly FunctionDef[]): ExcelFunctionMetadata {
  return {
    functions: defs.map((f) => ({
      id: f.id,
      name: f.id,
      description: `${f.description} Example: ${f.example}`,
      parameters: f.params.map((p) => ({
        // Excel wants parameter names as identifiers; the registry's names already are.
        name: p.name,
        description: p.description,
        type: p.type,
        dimensionality: p.dimensionality,
        ...(p.optional ? { optional: true } : {}),
      })),
      result: { type: f.result.type, dimensionality: f.result.dimensionality },
    })),
  };
}
