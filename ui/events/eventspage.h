#pragma once

#include "common/kindpage.h"
#include "domain/officeevent.h"
#include "storage/officeeventrepository.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace jlgc {

class OfficeEventRepository;
class DateField;
class DetailTable;
template <typename T> class OwnedRows;

// The office's events in calendar order: Japan Day, fairs and travel shows,
// JET information sessions, receptions, seminars; who took part and came.
class EventsPage : public KindPage<EventsPage, OfficeEventRepository, OfficeEvent> {
    Q_OBJECT
public:
    explicit EventsPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_FileDialogDetailedView;
    // The list's columns (RecordType "events").
    enum Column { When, Title, Kind, Place, Attendance, FiscalYearColumn };
    QComboBox* yearFilter() const { return m_yearFilter; }
    QComboBox* kindFilter() const { return m_kindFilter; }
    QLabel* summaryLabel() const { return m_summary; }
    DetailTable* organizationTable() const { return m_organizations; }
    DetailTable* attendeeTable() const { return m_attendees; }
    void addOrganization(const EventOrganization& organization);
    void addAttendee(const EventAttendee& attendee);

    void followChanges(const ChangeSet& changes) override;

protected:
    void reload() override;
    void showLoaded() override;
    void clearFields() override;
    QVariant saveForm() override;
    OfficeEvent formRecord() const override;
    void retranslate() override;

private:
    void fillCombos();
    void fillYearFilter();
    void showSummary();
    EventFilter listFilter() const;

    QList<EventKindCount> m_counts; // of the list as filtered
    OwnedRows<EventOrganization>* m_organizationRows;
    OwnedRows<EventAttendee>* m_attendeeRows;
    QComboBox* m_yearFilter;
    QComboBox* m_kindFilter;
    QLabel* m_summary;
    QLineEdit* m_titleEn;
    QLineEdit* m_titleJa;
    QComboBox* m_kind;
    DateField* m_date;
    QLineEdit* m_startTime;
    DateField* m_endDate;
    QLineEdit* m_endTime;
    QLineEdit* m_place;
    QSpinBox* m_attendance;
    QPlainTextEdit* m_notes;
    DetailTable* m_organizations;
    DetailTable* m_attendees;
};

} // namespace jlgc
