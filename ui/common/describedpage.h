#pragma once

#include "common/recordpage.h"
#include "storage/records/describedtable.h"

#include <QHash>

namespace jlgc {

struct RecordType;

// The page of a simple kind of record, made from its description alone:
// the kind's list (RecordListModel), and a form with a field for each of
// its fields, edited as the field's Input says (a line, a text, a date, a
// number, a choice, a person or an organization picked by name). A new
// kind with no needs of its own gets its page from one line in MainWindow.
class DescribedPage : public RecordPage {
    Q_OBJECT
public:
    explicit DescribedPage(const RecordType& type, QWidget* parent = nullptr);

    QString title() const override;
    // Every such page's icon (also in the navigation, before the page is made).
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_FileDialogContentsView;
    QIcon icon() const override { return standardIcon(PageIcon); }
    QString searchKind() const override;
    // The form's editor of a field (tests).
    QWidget* editor(const QString& column) const { return m_editors.value(column); }

protected:
    void loadRecord(const QVariant& id) override;
    void clearForm() override;
    QVariant saveForm() override;
    void removeRecord(const QVariant& id) override;
    QString describeCurrent() const override;
    void retranslate() override;
    QString historyTableName() const override;

private:
    QWidget* makeEditor(const FieldSpec& field);
    QVariant valueOf(const FieldSpec& field) const;
    void showValue(const FieldSpec& field, const QVariant& value);
    void fillChoices();

    const RecordType& m_type;
    QHash<QString, QWidget*> m_editors; // by column
    DescribedRecord m_loaded;
};

} // namespace jlgc
