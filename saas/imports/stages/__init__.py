"""One module per stage, in dependency order; each turns mapped rows into a plan (what it will
create, update and skip, and every problem) and writes that plan in bulk."""
