#pragma once

// What the report tests share: poppler's tools (a missing tool fails the
// test, it never skips) and writing a report to a file.
#include "reports/reportregistry.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace jlgc::test {

inline QString poppler(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    INFO(tool.toStdString() << " must be installed (Debian package poppler-utils)");
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString pdfText(const QString& path, int first = 0, int last = 0)
{
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last);
    return poppler(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
}

// The text in reading order (no -layout), with every run of white space made
// one space: a cell's text wrapped over lines reads as one string again.
inline QString pdfFlowText(const QString& path)
{
    QString text =
        poppler(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" "));
}

inline int pdfPageCount(const QString& path)
{
    static const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    return re.match(poppler(QStringLiteral("pdfinfo"), {path})).captured(1).toInt();
}

inline bool hasKangxiRadicals(const QString& text)
{
    for (char32_t c : text.toUcs4())
        if (c >= 0x2E80 && c <= 0x2FDF)
            return true;
    return false;
}

inline ReportOptions reportOptions(ReportLanguage language, const QDate& preparedOn)
{
    ReportOptions o;
    o.language = language;
    o.preparedOn = preparedOn;
    return o;
}

inline QString writeReport(Database& db, const char* name, const ReportOptions& o,
                           const TempDir& dir, const QString& file = QStringLiteral("r.pdf"))
{
    const ReportInfo* info = ReportRegistry::find(QLatin1String(name));
    REQUIRE(info);
    const QString path = dir.path(file);
    ReportRegistry::build(db, *info, o)->writePdf(path);
    REQUIRE(QFileInfo::exists(path));
    return path;
}

} // namespace jlgc::test
