// graphql-codegen: one TypeScript file per schema, from the committed SDL and the operations the
// front ends send. `make contract` regenerates it; tests/test_contract_typescript.py fails on drift
// (it writes to WUYE_TS_OUT and compares with ../types/).
const path = require("node:path");

const out = process.env.WUYE_TS_OUT || path.join(__dirname, "..", "types");
const config = {
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
  // What each scalar is on the wire (frontend_contract/README.md, "Scalars").
  scalars: {
    ID: "string",
    Yuan: "string",
    Decimal: "string",
    Date: "string",
    DateTime: "string",
    JSON: "unknown",
    Upload: "File",
  },
};
const sdl = (name) => path.join(__dirname, "..", `schema.${name}.graphql`);
const operations = (name) => path.join(__dirname, "..", "operations", name, "*.graphql");
// Per schema: every type of the schema (schema.ts), and the variables and result of each
// operation under ../operations/<name>/ (operations.ts, importing the schema's types).
const targets = (name) => ({
  [path.join(out, name, "schema.ts")]: { schema: sdl(name), plugins: ["typescript"], config },
  [path.join(out, name, "operations.ts")]: {
    schema: sdl(name),
    documents: operations(name),
    plugins: ["typescript-operations"],
    // A path from the working directory; codegen writes it relative to operations.ts ("./schema").
    config: { ...config, importSchemaTypesFrom: path.relative(process.cwd(), path.join(out, name, "schema")) },
  },
});

module.exports = {
  overwrite: true,
  generates: { ...targets("public"), ...targets("tenant") },
};
