// Schema version 13: colleagues on an office server see each other's
// changes as they commit, and the history names who made them.
// - Every statement that writes history announces it (NOTIFY jlgc_changes
//   with the range of entries it wrote; ServerSchema::installAnnouncer), so
//   that open windows read the changes at once instead of at their next look.
// - History and Trash on a server name the login (session_user), which the
//   application cannot misstate, instead of the computer's user name it
//   sent. A file keeps naming the computer's user: the step changes nothing
//   in a file.
#include "storage/database.h"
#include "storage/history.h"
#include "storage/migrations.h"
#include "storage/server/serverschema.h"

namespace jlgc {

void migrateLiveChanges(Database&)
{
    // A file has one writer at a time, and its user is the computer's.
}

void migrateLiveChangesOnServer(Database& server)
{
    History::installTriggers(server, History::LoginVersion);
    ServerSchema::installAnnouncer(server);
}

} // namespace jlgc
