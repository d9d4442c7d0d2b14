#include "fellowship/fellowshipformat.h"

#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "storage/cohortrepository.h"

#include <QLocale>
#include <utility>

namespace jlgc {

QString FellowshipFormat::date(const QDate& date)
{
    return DateText::date(date, uiLanguage());
}

QString FellowshipFormat::dateRange(const QDate& first, const QDate& last)
{
    if (!first.isValid() && !last.isValid())
        return {};
    if (first == last)
        return date(first);
    return tr("%1 – %2", "a range of dates")
        .arg(first.isValid() ? date(first) : QStringLiteral("…"),
             last.isValid() ? date(last) : QStringLiteral("…"));
}

QString FellowshipFormat::night(const QDate& night)
{
    //: Format of a night in the homestay grid's column header (QDate format; ddd = weekday).
    return QLocale().toString(night, tr("ddd M/d"));
}

QString FellowshipFormat::day(const QDate& day)
{
    return DateText::date(day, uiLanguage(), DateText::Style::WithWeekday);
}

QString FellowshipFormat::timeRange(const FellowshipItineraryItem& item)
{
    const QString format = QStringLiteral("HH:mm");
    if (!item.startTime.isValid())
        return tr("All day");
    if (!item.endTime.isValid())
        return item.startTime.toString(format);
    return tr("%1–%2", "a range of times")
        .arg(item.startTime.toString(format), item.endTime.toString(format));
}

QString FellowshipFormat::statusCounts(const CohortSummary& summary)
{
    // Each status's count, in the order of FellowStatuses::all().
    static const std::pair<FellowStatus, const char*> counted[] = {
        {FellowStatus::Nominated, QT_TR_N_NOOP("%n nominated")},
        {FellowStatus::Applied, QT_TR_N_NOOP("%n applied")},
        {FellowStatus::Selected, QT_TR_N_NOOP("%n selected")},
        {FellowStatus::Confirmed, QT_TR_N_NOOP("%n confirmed")},
        {FellowStatus::Attended, QT_TR_N_NOOP("%n attended")},
        {FellowStatus::Withdrawn, QT_TR_N_NOOP("%n withdrawn")},
    };
    QStringList parts;
    for (const auto& [status, text] : counted) {
        const int n = summary.count(status);
        if (n == 0)
            continue;
        parts << tr(text, nullptr, n);
    }
    if (parts.isEmpty())
        return tr("No fellows yet");
    return joinSummary(parts);
}

QColor FellowshipFormat::conflictBackground()
{
    return QColor(0xf8, 0xc4, 0xc4);
}

QColor FellowshipFormat::gapBackground()
{
    return QColor(0xff, 0xec, 0xa8);
}

QColor FellowshipFormat::quietForeground()
{
    return QColor(0x80, 0x80, 0x80);
}

QColor FellowshipFormat::quietBackground()
{
    return QColor(0xee, 0xee, 0xee);
}

} // namespace jlgc
