#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace jlgc {

// The encodings a spreadsheet file arrives in: UTF-8 (with or without a
// byte-order mark) or Shift_JIS as Excel writes it on a Japanese Windows
// (CP932, Microsoft's superset: ①, 髙, ～).
enum class CsvEncoding { Auto, Utf8, Cp932 };

struct CsvEncodings {
    Q_DECLARE_TR_FUNCTIONS(CsvEncodings)
public:
    // auto, utf-8, cp932 (also accepted: utf8, shift_jis, sjis, windows-31j).
    static QString code(CsvEncoding encoding);
    static std::optional<CsvEncoding> fromCode(const QString& code);
    static QString label(CsvEncoding encoding);

    // A UTF-8 BOM, or bytes that are valid UTF-8: UTF-8; anything else: CP932.
    static CsvEncoding detect(const QByteArray& bytes);
    // Decodes; a UTF-8 BOM is dropped. invalid is set when bytes did not fit
    // the encoding (they come out as U+FFFD).
    static QString decode(const QByteArray& bytes, CsvEncoding encoding, bool* invalid = nullptr);
    // The delimiter of the text: the one of comma, tab and semicolon that
    // splits the first lines into the same number (more than one) of fields.
    static QChar detectDelimiter(const QString& text);
};

} // namespace jlgc
