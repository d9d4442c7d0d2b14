#pragma once

class QFileDevice;

namespace jlgc {

// Files that hold personal data (an export with dietary and medical notes,
// the medical report) are readable by their owner only, like the database,
// whatever the umask: call on an open QSaveFile (or QFile) before writing.
void makeOwnerOnly(QFileDevice& file);

} // namespace jlgc
