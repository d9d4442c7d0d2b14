#include "storage/storageerror.h"

namespace jlgc {

namespace {
QString joined(const QList<StorageError::FieldError>& errors)
{
    QStringList parts;
    for (const auto& e : errors)
        parts << e.message;
    return parts.join(QLatin1Char('\n'));
}
} // namespace

StorageError::StorageError(Kind kind, const QString& message, const QString& detail)
    : std::runtime_error(
          (detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')'))
              .toStdString()),
      m_kind(kind), m_message(message), m_detail(detail)
{
}

StorageError::StorageError(const QList<FieldError>& fieldErrors)
    : std::runtime_error(joined(fieldErrors).toStdString()), m_kind(Kind::Validation),
      m_message(joined(fieldErrors)), m_fieldErrors(fieldErrors)
{
}

} // namespace jlgc
