// Schema version 14: the office's roles, enforced by the server (see
// ServerRoles): read only, staff, fellowship and administrator, as
// PostgreSQL group roles with their column privileges and the history's and
// the Trash's row policies. A file has one user, who may do everything: the
// step changes nothing in a file.
#include "storage/migrations.h"
#include "storage/server/serverroles.h"

namespace jlgc {

void migrateRoles(Database&) {}

void migrateRolesOnServer(Database& server)
{
    ServerRoles::install(server);
}

} // namespace jlgc
