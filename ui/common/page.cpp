#include "common/page.h"

#include "storage/changenotifier.h"

namespace jlgc {

void Page::followChanges(const ChangeSet& changes)
{
    if (!changes.isEmpty())
        refreshFromDatabase();
}

} // namespace jlgc
