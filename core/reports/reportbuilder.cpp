#include "reports/reportbuilder.h"

#include "domain/datetext.h"
#include "domain/japaneseera.h"
#include "domain/money.h"

#include <QLocale>
#include <QTime>

namespace jlgc {

namespace {

QLocale localeOf(Language language)
{
    return language == Language::Japanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                                          : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

Bilingual arg(const Bilingual& pattern, const Bilingual& value)
{
    return {pattern.en.arg(value.in(Language::English)),
            pattern.ja.arg(value.in(Language::Japanese)), pattern.label};
}

void ReportTable::addRow(const QList<ReportCell>& cells)
{
    (*m_content)[m_index].rows.append(cells);
}

qsizetype ReportTable::rowCount() const
{
    return m_content->at(m_index).rows.size();
}

ReportBuilder::ReportBuilder(ReportContent* content, const ReportOptions& options,
                             const Bilingual& title)
    : m_content(content), m_options(options)
{
    if (!m_options.preparedOn.isValid())
        m_options.preparedOn = QDate::currentDate();
    add(ReportElement::Kind::Title, title);
}

void ReportBuilder::add(ReportElement::Kind kind, const Bilingual& text)
{
    m_content->append(ReportElement{kind, text, {}, {}});
}

bool ReportBuilder::hasContent() const
{
    for (const ReportElement& e : *m_content)
        if (e.kind != ReportElement::Kind::Title && e.kind != ReportElement::Kind::Summary)
            return true;
    return false;
}

Bilingual ReportBuilder::text(const char* source) const
{
    return ReportTexts::both("Reports", source);
}

Bilingual ReportBuilder::text(const char* context, const char* source) const
{
    return ReportTexts::both(context, source);
}

Bilingual ReportBuilder::date(const QDate& d) const
{
    if (!d.isValid())
        return {};
    return {localeOf(Language::English).toString(d, QStringLiteral("MMMM d, yyyy")),
            localeOf(Language::Japanese).toString(d, QStringLiteral("yyyy年M月d日"))};
}

Bilingual ReportBuilder::day(const QDate& d) const
{
    if (!d.isValid())
        return {};
    return {localeOf(Language::English).toString(d, QStringLiteral("ddd, MMMM d, yyyy")),
            localeOf(Language::Japanese).toString(d, QStringLiteral("yyyy年M月d日（ddd）"))};
}

Bilingual ReportBuilder::dateRange(const QDate& first, const QDate& last) const
{
    if (!first.isValid() || !last.isValid() || first == last)
        return date(first.isValid() ? first : last);
    const QLocale en = localeOf(Language::English);
    const QLocale ja = localeOf(Language::Japanese);
    QString e;
    if (first.year() != last.year())
        e = en.toString(first, QStringLiteral("MMMM d, yyyy")) + QStringLiteral(" – ") +
            en.toString(last, QStringLiteral("MMMM d, yyyy"));
    else if (first.month() != last.month())
        e = en.toString(first, QStringLiteral("MMMM d")) + QStringLiteral(" – ") +
            en.toString(last, QStringLiteral("MMMM d, yyyy"));
    else
        e = en.toString(first, QStringLiteral("MMMM d")) + QStringLiteral(" – ") +
            en.toString(last, QStringLiteral("d, yyyy"));
    const QString j =
        ja.toString(first, QStringLiteral("yyyy年M月d日")) + QStringLiteral("～") +
        ja.toString(last, first.year() == last.year() ? QStringLiteral("M月d日")
                                                      : QStringLiteral("yyyy年M月d日"));
    return {e, j};
}

Bilingual ReportBuilder::period(const QDate& from, const QDate& to) const
{
    return from.isValid() || to.isValid() ? dateRange(from, to)
                                          : text(QT_TRANSLATE_NOOP("Reports", "All dates"));
}

Bilingual ReportBuilder::time(const QTime& start, const QTime& end) const
{
    if (!start.isValid())
        return {};
    // The 24-hour clock in both languages, as on every screen (9:30 is 09:30).
    auto e = [](const QTime& t) { return DateText::time(t); };
    auto j = [](const QTime& t) { return DateText::time(t); };
    if (!end.isValid())
        return {e(start), j(start)};
    const QString ja = j(start) + QStringLiteral("～") + j(end);
    // The same figures twice would differ by their dash alone: a bilingual
    // report writes them once, as the Japanese above the English would.
    if (language() == ReportLanguage::Both)
        return Bilingual::same(ja);
    return {e(start) + QStringLiteral(" – ") + e(end), ja};
}

Bilingual ReportBuilder::eraDate(const QDate& d) const
{
    return {JapaneseEra::formatDate(d, Language::English),
            JapaneseEra::formatDate(d, Language::Japanese)};
}

Bilingual ReportBuilder::number(qint64 n) const
{
    return {localeOf(Language::English).toString(n), localeOf(Language::Japanese).toString(n)};
}

Bilingual ReportBuilder::fiscalYear(int year) const
{
    const Bilingual pattern = text(QT_TRANSLATE_NOOP("Reports", "FY%1 (%2 – %3)"));
    const QDate first(year, 4, 1);
    const QDate last(year + 1, 3, 31);
    const QLocale en = localeOf(Language::English);
    const QLocale ja = localeOf(Language::Japanese);
    return {pattern.en.arg(year).arg(en.toString(first, QStringLiteral("MMMM yyyy")),
                                     en.toString(last, QStringLiteral("MMMM yyyy"))),
            pattern.ja.arg(year).arg(ja.toString(first, QStringLiteral("yyyy年M月")),
                                     ja.toString(last, QStringLiteral("yyyy年M月")))};
}

Bilingual ReportBuilder::money(double amount, const QString& currency) const
{
    const QString c = currency.toUpper();
    const int decimals = c == QLatin1String("JPY") ? 0 : 2;
    auto symbol = [&c](Language l) {
        if (c == QLatin1String("USD"))
            return l == Language::English ? QStringLiteral("$") : QStringLiteral("US$");
        if (c == QLatin1String("CAD"))
            return QStringLiteral("CA$");
        if (c == QLatin1String("JPY"))
            return QStringLiteral("¥");
        return c + QLatin1Char(' ');
    };
    return {
        localeOf(Language::English).toCurrencyString(amount, symbol(Language::English), decimals),
        localeOf(Language::Japanese)
            .toCurrencyString(amount, symbol(Language::Japanese), decimals)};
}

Bilingual ReportBuilder::moneyMinor(qint64 minorUnits, const QString& currency) const
{
    const int decimals = Money::decimals(currency);
    double amount = double(minorUnits);
    for (int i = 0; i < decimals; ++i)
        amount /= 10;
    return money(amount, currency);
}

void ReportBuilder::summary(const Bilingual& text)
{
    add(ReportElement::Kind::Summary, text);
}

void ReportBuilder::heading(const Bilingual& text)
{
    add(ReportElement::Kind::Heading, text);
}

void ReportBuilder::paragraph(const Bilingual& text)
{
    add(ReportElement::Kind::Paragraph, text);
}

bool ReportBuilder::countedHeading(const Bilingual& pattern, qsizetype count, const Bilingual& none)
{
    heading(arg(pattern, number(count)));
    if (count == 0)
        paragraph(none);
    return count != 0;
}

void ReportBuilder::noRecords()
{
    add(ReportElement::Kind::NoRecords, text(QT_TRANSLATE_NOOP("Reports", "No records match.")));
}

ReportTable ReportBuilder::table(const QList<ReportColumn>& columns, const Bilingual& caption)
{
    m_content->append(ReportElement{ReportElement::Kind::Table, caption, columns, {}});
    return ReportTable(m_content, m_content->size() - 1);
}

DetailsTable::DetailsTable(ReportBuilder& r)
    : m_builder(r), m_table(r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Item")), 28},
                                     {r.text(QT_TRANSLATE_NOOP("Reports", "Details")), 72}}))
{
}

void DetailsTable::row(const char* label, const ReportCell& value)
{
    if (!value.isEmpty() && !value.front().text.isEmpty())
        m_table.addRow({{ReportLine(m_builder.text(label), ReportLine::Strong)}, value});
}

} // namespace jlgc
