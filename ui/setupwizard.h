#pragma once

#include "wizard/setupcontroller.h"

#include <QMessageBox>
#include <QPointer>
#include <QWizard>

#include <functional>

namespace dockervm::ui {

// The Docker VM Wizard: pages over one SetupController. Navigation asks the controller
// (nextId, isComplete, validatePage); the controller's advanceReady() moves on after an
// asynchronous check.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    explicit SetupWizard(wizard::SetupController *controller, QWidget *parent = nullptr);
    ~SetupWizard() override;

    wizard::SetupController *controller() const { return m_controller; }
    int nextId() const override;
    QWizardPage *pageFor(wizard::SetupController::Page page) const
    {
        return QWizard::page(int(page));
    }

    // Starts at "check an existing host" (the connection page) instead of Welcome.
    void showConnectionCheck();

    // Starts at the subscription page with the subscriptions of a .publishsettings file imported
    // (a file opened from the file manager), or with the reason they could not be shown there.
    void openPublishSettings(const QString &path);

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Asks before closing: what a create run would remove, that a created VM keeps running, or
    // that typed input is lost. A window-modal QMessageBox (open(), never exec()); `onYes` runs
    // when the user confirms. Only one at a time.
    void confirm(const QString &objectName, const QString &title, const QString &text,
                 const QString &yesText, const QString &noText, std::function<void()> onYes);
    bool hasUnsavedInput() const;
    void onPageChanged(int id);
    void saveGeometryToSettings();

    wizard::SetupController *m_controller;
    QPointer<QMessageBox> m_confirmation;
    bool m_closeConfirmed = false;
};

} // namespace dockervm::ui
