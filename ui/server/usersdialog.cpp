#include "server/usersdialog.h"

#include "common/columnfitter.h"
#include "common/dialoglayout.h"
#include "server/serverdialogparts.h"
#include "storage/database.h"
#include "storage/server/officelogins.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

namespace {

QComboBox* roleChoice(std::optional<OfficeRole> current = std::nullopt)
{
    auto* combo = new QComboBox;
    for (OfficeRole role : ServerRoles::all())
        combo->addItem(ServerRoles::label(role), ServerRoles::code(role));
    combo->setCurrentIndex(combo->findData(ServerRoles::code(current.value_or(OfficeRole::Staff))));
    return combo;
}

OfficeRole chosenRole(const QComboBox* combo)
{
    return ServerRoles::fromCode(combo->currentData().toString()).value_or(OfficeRole::ReadOnly);
}

} // namespace

UsersDialog::UsersDialog(Database* db, QWidget* parent)
    : QDialog(parent), m_db(db), m_table(new QTableWidget(0, 3)), m_problem(new QLabel),
      m_add(new QPushButton(tr("&Add…"))), m_role(new QPushButton(tr("Change &Role…"))),
      m_enable(new QPushButton(tr("&Disable")))
{
    setWindowTitle(tr("Users of the Office Server"));
    auto* intro = new QLabel(
        tr("Each colleague signs in with a login of their own. Its role decides what the "
           "office server lets it read and change: read only (interns, visitors), staff, "
           "fellowship coordinator (also fellows' medical and dietary notes, emergency "
           "contacts and host families' addresses) or administrator (also logins, the access "
           "log and erasing personal data)."));
    intro->setWordWrap(true);
    readOnlyTable(m_table, {tr("Login"), tr("Role"), tr("Status")});
    serverdialogs::problemLabel(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_role, QDialogButtonBox::ActionRole);
    buttons->addButton(m_enable, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::askToAdd);
    connect(m_role, &QPushButton::clicked, this, &UsersDialog::askForRole);
    connect(m_enable, &QPushButton::clicked, this, &UsersDialog::toggleEnabled);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 440);
    reload();
}

void UsersDialog::fail(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void UsersDialog::reload()
{
    const QString selected = selectedName();
    m_table->setRowCount(0);
    try {
        const QList<OfficeLogin> logins = OfficeLogins(*m_db).list();
        m_table->setRowCount(int(logins.size()));
        for (int row = 0; row < logins.size(); ++row) {
            const OfficeLogin& l = logins[row];
            auto* name = new QTableWidgetItem(l.name);
            name->setData(Qt::UserRole, l.name);
            m_table->setItem(row, 0, name);
            m_table->setItem(
                row, 1, new QTableWidgetItem(l.role ? ServerRoles::label(*l.role) : QString()));
            auto* status = new QTableWidgetItem(l.canLogIn ? tr("Can sign in") : tr("Disabled"));
            status->setData(Qt::UserRole, l.canLogIn);
            m_table->setItem(row, 2, status);
            if (l.name == selected)
                m_table->selectRow(row);
        }
        fitColumnsToContents(m_table);
    } catch (const StorageError& e) {
        fail(e.message());
    }
    updateButtons();
}

QString UsersDialog::selectedName() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString()
                           : m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toString();
}

void UsersDialog::updateButtons()
{
    const QString name = selectedName();
    const bool mine = !name.isEmpty() && name == m_db->historyUser();
    m_role->setEnabled(!name.isEmpty() && !mine);
    m_enable->setEnabled(!name.isEmpty() && !mine);
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    const bool enabled =
        items.isEmpty() || m_table->item(items.first()->row(), 2)->data(Qt::UserRole).toBool();
    m_enable->setText(enabled ? tr("&Disable") : tr("&Enable"));
    const QString why =
        mine ? tr("Your own login is changed by another administrator.") : QString();
    m_role->setToolTip(why);
    m_enable->setToolTip(why);
}

QString UsersDialog::add(const QString& name, OfficeRole role, const QString& password)
{
    QString given;
    attempt([&](OfficeLogins& logins) { given = logins.add(name.trimmed(), role, password); });
    return given;
}

bool UsersDialog::attempt(const std::function<void(OfficeLogins&)>& change)
{
    try {
        OfficeLogins logins(*m_db);
        change(logins);
        fail({});
        reload();
        return true;
    } catch (const StorageError& e) {
        fail(e.message());
        return false;
    }
}

bool UsersDialog::setRole(const QString& name, OfficeRole role)
{
    return attempt([&](OfficeLogins& logins) { logins.setRole(name, role); });
}

bool UsersDialog::setEnabled(const QString& name, bool enabled)
{
    return attempt([&](OfficeLogins& logins) {
        if (enabled)
            logins.enable(name);
        else
            logins.disable(name);
    });
}

void UsersDialog::askToAdd()
{
    QDialog form(this);
    form.setWindowTitle(tr("Add a Login"));
    auto* name = new QLineEdit;
    name->setPlaceholderText(tr("e.g. akiko.sato"));
    QComboBox* role = roleChoice();
    auto* password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("Empty: one is made up and shown once"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    auto* fields = new QFormLayout(&form);
    fields->addRow(tr("Login"), name);
    fields->addRow(tr("Role"), role);
    fields->addRow(tr("Password"), password);
    fields->addRow(buttons);
    if (form.exec() != QDialog::Accepted)
        return;
    const QString given = add(name->text(), chosenRole(role), password->text());
    if (given.isEmpty() || !password->text().isEmpty())
        return;
    QMessageBox shown(QMessageBox::Information, tr("Login Added"),
                      tr("The login %1 was added. Its one-time password is below: tell it to "
                         "%1 in person, and ask them to change it. It is not shown again.")
                          .arg(name->text().trimmed()),
                      QMessageBox::Ok, this);
    shown.setInformativeText(given);
    shown.setTextInteractionFlags(Qt::TextSelectableByMouse);
    shown.exec();
}

void UsersDialog::askForRole()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    QStringList labels;
    for (OfficeRole role : ServerRoles::all())
        labels << ServerRoles::label(role);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Change Role"), tr("Role of %1:").arg(name), labels, 1, false, &ok);
    if (!ok)
        return;
    setRole(name, ServerRoles::all().value(labels.indexOf(chosen)));
}

void UsersDialog::toggleEnabled()
{
    const QString name = selectedName();
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (name.isEmpty() || items.isEmpty())
        return;
    const bool enabled = m_table->item(items.first()->row(), 2)->data(Qt::UserRole).toBool();
    if (enabled &&
        QMessageBox::question(
            this, tr("Disable Login"),
            tr("Disable the login %1? It can no longer connect; its history stays.").arg(name)) !=
            QMessageBox::Yes)
        return;
    setEnabled(name, !enabled);
}

} // namespace jlgc
