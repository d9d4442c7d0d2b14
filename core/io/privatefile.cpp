#include "io/privatefile.h"

#include <QFileDevice>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace jlgc {

void makeOwnerOnly(QFileDevice& file)
{
#ifdef Q_OS_UNIX
    // The descriptor, not the name: a QSaveFile writes a temporary file that
    // is renamed into place, and it must be private from its first byte.
    if (file.handle() >= 0)
        ::fchmod(file.handle(), S_IRUSR | S_IWUSR);
#else
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

} // namespace jlgc
