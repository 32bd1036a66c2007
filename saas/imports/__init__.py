"""Moving a company's data in from its old system (思源, 明源, 金蝶我家云, home-made Excel): reading
the exported files into rows of cell texts, parsing the cells, and writing an error file back."""
