#pragma once

#include <QCoreApplication>
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

// Messages of the reports for the user (a record that does not exist), in
// the window's language: tr() in their own context, unlike the report's own
// words (context "Reports"), which follow the report's language.
struct ReportMessages {
    Q_DECLARE_TR_FUNCTIONS(ReportMessages)
};

} // namespace jlgc
