#pragma once

#include "storage/storageerror.h"

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace jlgc {

// Runs a long copy (a file onto the office server, a server into a backup
// file) on a thread of its own, with connections of its own, while a
// progress dialog shows how far it is; the window stays drawn. `work` gets a
// function to report rows done of how many. Returns the error it threw, if
// any.
using CopyProgress = std::function<void(qint64 done, qint64 total)>;
std::optional<StorageError>
runCopyWithProgress(QWidget* parent, const QString& title, const QString& label,
                    const std::function<void(const CopyProgress&)>& work);

} // namespace jlgc
