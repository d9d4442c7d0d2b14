#pragma once

#include <QString>
#include <stdexcept>

namespace jlgc {

// Why a report could not be written (a bad option, a missing font, a file that
// cannot be saved). The message is for the user, in the window's language.
// Records that do not exist are StorageError::Kind::NotFound, as everywhere.
class ReportError : public std::runtime_error {
public:
    explicit ReportError(const QString& message, const QString& detail = {})
        : std::runtime_error(message.toStdString()), m_message(message), m_detail(detail)
    {
    }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }

private:
    QString m_message;
    QString m_detail;
};

} // namespace jlgc
