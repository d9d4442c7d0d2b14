#pragma once

#include "common/recordpage.h"
#include "domain/officeevent.h"
#include "storage/officeeventrepository.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace jlgc {

class DateField;
class DetailTable;
template <typename T> class OwnedRows;
class RecordListModel;

// The office's events in calendar order: Japan Day, fairs and travel shows,
// JET information sessions, receptions, seminars; who took part and came.
class EventsPage : public RecordPage {
    Q_OBJECT
public:
    explicit EventsPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    QString searchKind() const override { return QStringLiteral("office_event"); }
    RecordListModel* model() const { return m_model; }
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
    void loadRecord(const QVariant& id) override;
    void clearForm() override;
    QVariant saveForm() override;
    void removeRecord(const QVariant& id) override;
    QString describeCurrent() const override;
    void retranslate() override;

private:
    OfficeEvent formEvent() const;
    void fillCombos();
    void fillYearFilter();
    void showSummary();
    EventFilter listFilter() const;

    RecordListModel* m_model;
    QList<EventKindCount> m_counts; // of the list as filtered
    OfficeEvent m_loaded;
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
