#include "domain/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jlgc::validate {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};
} // namespace

void email(FieldErrors& errors, const QString& field, const QString& value)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!value.trimmed().isEmpty() && !re.match(value.trimmed()).hasMatch())
        errors.append({field, Messages::tr("“%1” is not an email address.").arg(value.trimmed())});
}

void website(FieldErrors& errors, const QString& field, const QString& value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return;
    if (v.contains(QLatin1Char(' ')) || !v.contains(QLatin1Char('.')))
        errors.append({field, Messages::tr("“%1” is not a web address.").arg(v)});
}

void dateOrder(FieldErrors& errors, const QString& field, const QDate& start, const QDate& end)
{
    order(errors, field, start, end, Messages::tr("The end date is before the start date."));
}

void kana(FieldErrors& errors, const QString& field, const QString& value)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 0x3041 && u <= 0x309F) || (u >= 0x30A0 && u <= 0x30FF) ||
                        (u >= 0xFF66 && u <= 0xFF9F) || c.isSpace();
        if (!ok) {
            errors.append({field, Messages::tr("A reading is written in kana only (for example "
                                               "やまだ).")});
            return;
        }
    }
}

} // namespace jlgc::validate
