#pragma once

#include "common/kindpage.h"
#include "domain/jetaachapter.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace jlgc {

class JetaaChapterRepository;
class ChapterTableModel;
class DetailTable;
template <typename T> class OwnedRows;
class SearchPicker;

// The JET Alumni Association chapters of the US and Canada: a tree of
// chapters and subchapters, each with its officers, membership counts and
// the history of its CLAIR funding.
class ChaptersPage
    : public KindPage<ChaptersPage, JetaaChapterRepository, JetaaChapter, ChapterTableModel> {
    Q_OBJECT
public:
    explicit ChaptersPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_DirLinkIcon;
    QComboBox* countryFilter() const { return m_countryFilter; }
    SearchPicker* parentPicker() const { return m_parent; }
    DetailTable* officerTable() const { return m_officers; }
    DetailTable* membershipTable() const { return m_memberships; }
    DetailTable* fundingTable() const { return m_funding; }
    // Adds an officer as the dialog would (for tests).
    void addOfficer(const ChapterOfficer& officer);
    // "Today" for current officers and reports due (tests fix it).
    void setToday(const QDate& today) { m_today = today; }

protected:
    void reload() override;
    QString describe(const JetaaChapter& chapter) const override;
    void showLoaded() override;
    void clearFields() override;
    QVariant saveForm() override;
    JetaaChapter formRecord() const override;
    void retranslate() override;
    void resetFilters() override;

private:
    QList<ChapterMembership> formMemberships() const;
    void fillCombos();
    void showMemberships(const QList<ChapterMembership>& memberships);
    void showFunding(ChapterId id);

    QDate m_today;
    QComboBox* m_countryFilter;
    QComboBox* m_statusFilter;
    QLineEdit* m_name;
    QLineEdit* m_shortName;
    QComboBox* m_country;
    SearchPicker* m_subdivision;
    QLineEdit* m_city;
    SearchPicker* m_parent;
    QComboBox* m_status;
    QLineEdit* m_founded;
    QLineEdit* m_website;
    QLineEdit* m_email;
    QPlainTextEdit* m_notes;
    DetailTable* m_officers;
    OwnedRows<ChapterOfficer>* m_officerRows;
    DetailTable* m_memberships;
    DetailTable* m_funding;
};

} // namespace jlgc
