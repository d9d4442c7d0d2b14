// Schema version 14: the office's roles, enforced by the server (see
// ServerRoles): read only, staff, fellowship and administrator, as
// PostgreSQL group roles with their column privileges and the history's and
// the Trash's row policies; and the access log of personal data that left
// the database (AccessLog); the marks of records being edited
// (EditingMarks). A file has one user, who may do everything: the
// step changes nothing in a file.
#include "storage/accesslog.h"
#include "storage/editingmarks.h"
#include "storage/migrations.h"
#include "storage/server/serverroles.h"

namespace jlgc {

void migrateRoles(Database&) {}

void migrateRolesOnServer(Database& server)
{
    AccessLog::createTable(server);
    EditingMarks::createTable(server);
    ServerRoles::install(server);
}

} // namespace jlgc
