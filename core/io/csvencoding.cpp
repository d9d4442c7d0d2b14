#include "io/csvencoding.h"

#include "io/csvreader.h"

#include <QStringDecoder>
#include <optional>

namespace jlgc {

QString CsvEncodings::code(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto:
        return QStringLiteral("auto");
    case CsvEncoding::Utf8:
        return QStringLiteral("utf-8");
    case CsvEncoding::Cp932:
        break;
    }
    return QStringLiteral("cp932");
}

std::optional<CsvEncoding> CsvEncodings::fromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("auto"))
        return CsvEncoding::Auto;
    if (c == QLatin1String("utf-8") || c == QLatin1String("utf8"))
        return CsvEncoding::Utf8;
    if (c == QLatin1String("cp932") || c == QLatin1String("shift_jis") ||
        c == QLatin1String("shift-jis") || c == QLatin1String("sjis") ||
        c == QLatin1String("windows-31j"))
        return CsvEncoding::Cp932;
    return std::nullopt;
}

QString CsvEncodings::label(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto:
        return tr("Detect");
    case CsvEncoding::Utf8:
        return tr("UTF-8");
    case CsvEncoding::Cp932:
        break;
    }
    return tr("Shift_JIS (CP932, Excel in Japanese)");
}

CsvEncoding CsvEncodings::detect(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return CsvEncoding::Utf8;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    Q_UNUSED(text);
    return utf8.hasError() ? CsvEncoding::Cp932 : CsvEncoding::Utf8;
}

QString CsvEncodings::decode(const QByteArray& bytes, CsvEncoding encoding, bool* invalid)
{
    if (encoding == CsvEncoding::Auto)
        encoding = detect(bytes);
    QString text;
    bool error = false;
    if (encoding == CsvEncoding::Utf8) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8.decode(bytes);
        error = utf8.hasError();
    } else {
        // ICU names Microsoft's Shift_JIS windows-31j; it maps ～ and ① the way Excel does.
        const char* name = QStringDecoder("windows-31j").isValid() ? "windows-31j" : "Shift_JIS";
        QStringDecoder sjis(name);
        text = sjis.decode(bytes);
        error = sjis.hasError() || text.contains(QChar(QChar::ReplacementCharacter));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (invalid)
        *invalid = error;
    return text;
}

QChar CsvEncodings::detectDelimiter(const QString& text)
{
    // Enough lines to see the pattern, not the whole file.
    qsizetype end = 0;
    int lines = 0;
    while (end < text.size() && lines < 30) {
        end = text.indexOf(QLatin1Char('\n'), end);
        if (end < 0) {
            end = text.size();
            break;
        }
        ++end;
        ++lines;
    }
    const QString sample = text.left(end);
    QChar best = QLatin1Char(',');
    double bestScore = 0;
    for (QChar candidate :
         {QChar(QLatin1Char(',')), QChar(QLatin1Char('\t')), QChar(QLatin1Char(';'))}) {
        const auto records = CsvReader(candidate).parse(sample);
        if (records.isEmpty())
            continue;
        const qsizetype fields = records.front().fields.size();
        if (fields < 2)
            continue;
        int same = 0;
        for (const auto& r : records)
            same += r.fields.size() == fields ? 1 : 0;
        // Consistency first, then the number of fields.
        const double score = double(same) / double(records.size()) * 1000.0 + double(fields);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

} // namespace jlgc
