"""GraphQL of imports (数据迁移): staff with DATA_IMPORT (the admin) upload, map, dry-run, commit, roll
back, reconcile and sign off; owners never."""
