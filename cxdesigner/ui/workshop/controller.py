"""Wires the workshop features into the main window and keeps them on the current document."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QWidget
from shiboken6 import Shiboken

from .action_panel import ActionPanel
from .analysis_panel import AnalysisPanel
from .common import focus_item
from .moments_panel import MomentsPanel
from .presentation import PresentationMode
from .survey_import import choose_and_import
from .timer import TimerDialog, TimerOverlay, WorkshopTimer
from .voting import MostVotesPanel, VotingTool


class WorkshopController(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - the MainWindow
        super().__init__(window)
        self.window = window
        acts = window.actions_
        self.presentation = PresentationMode(window)
        self.timer = WorkshopTimer(self)
        self.timer_overlay = TimerOverlay(self.timer, window)
        self.voting = VotingTool(window)
        self.moments = MomentsPanel()
        self.most_votes = MostVotesPanel()
        self.analysis = AnalysisPanel()
        self.moments_dock = self._dock(self.tr("Moments of Truth"), "momentsDock", self.moments)
        self.votes_dock = self._dock(self.tr("Most Votes"), "mostVotesDock", self.most_votes)
        self.analysis_dock = self._dock(self.tr("Analysis"), "analysisDock", self.analysis)
        self.action_plan = ActionPanel()
        # A seven-column table: along the bottom, where it has the window's width and the canvas
        # keeps its own (on the right it squeezed the map to a strip).
        self.action_plan_dock = self._dock(
            self.tr("Action Plan"), "actionPlanDock", self.action_plan, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.action_plan_dock.toggleViewAction().setText(self.tr("Action P&lan"))
        window.tabifyDockWidget(self.moments_dock, self.votes_dock)
        window.tabifyDockWidget(self.votes_dock, self.analysis_dock)
        for dock in (self.moments_dock, self.votes_dock, self.analysis_dock, self.action_plan_dock):
            dock.hide()
        for panel in (self.moments, self.analysis):
            panel.item_chosen.connect(lambda item_id: focus_item(self.window, item_id))
        self.most_votes.card_chosen.connect(lambda item_id: focus_item(self.window, item_id))
        self.action_plan.card_chosen.connect(lambda item_id: focus_item(self.window, item_id))
        # Opened from the menu while another tabbed panel is showing: bring the plan to the front.
        self.action_plan_dock.toggleViewAction().toggled.connect(lambda on: on and QTimer.singleShot(0, self._plan_opened))

        self.start_timer = self._action(self.tr("Start &Timer…"), self.ask_timer, "Ctrl+Shift+T")
        self.stop_timer = self._action(self.tr("St&op Timer"), self.timer.stop)
        self.import_survey = self._action(self.tr("&Import Survey Answers…"), lambda: choose_and_import(self.window))
        self.card_moment = self._action(self.tr("Card Is a Moment of &Truth"), self.toggle_card_moment)

        menu = acts.workshop_menu
        menu.addAction(self.presentation.present)
        menu.addAction(self.presentation.spotlight)
        menu.addSeparator()
        menu.addActions([self.start_timer, self.stop_timer])
        menu.addSeparator()
        menu.addAction(self.voting.toggle)
        menu.addMenu(self.voting.colour_menu)
        menu.addSeparator()
        menu.addActions([self.card_moment, self.import_survey])
        menu.addSeparator()
        for dock in (self.moments_dock, self.votes_dock, self.analysis_dock, self.action_plan_dock):
            menu.addAction(dock.toggleViewAction())
        acts.view_menu.addSeparator()
        acts.view_menu.addAction(self.presentation.present)
        acts.toolbar.addSeparator()
        acts.toolbar.addActions([self.presentation.present, self.voting.toggle])
        window.document_changed.connect(self._document_changed)
        # The window's chrome comes and goes with presentation mode: place the badge again after.
        self.presentation.active_changed.connect(lambda _on: QTimer.singleShot(0, self.voting.place_badge))

    def _dock(
        self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        self.window.addAction(action)
        return action

    def _plan_opened(self) -> None:
        """Bring the plan to the front (another panel may share its place) with room for rows."""
        dock = self.action_plan_dock
        if not Shiboken.isValid(dock) or not dock.isVisible():
            return
        dock.raise_()
        if not dock.isFloating() and dock.height() < self.window.height() // 4:
            self.window.resizeDocks([dock], [self.window.height() // 4], Qt.Orientation.Vertical)

    # -- the current document -------------------------------------------------------------------
    def _document_changed(self, document) -> None:  # noqa: ANN001
        window = self.window
        scene, view = window.scene, window.view
        scene.metric_labels = (self.tr("NPS"), self.tr("CES"), self.tr("less"))
        self.presentation.attach(view)
        self.voting.attach(view)
        scene.relaid_out.connect(self._refresh)
        self.analysis.set_map(document.map)
        self.action_plan.attach(document)
        self._refresh()

    def _refresh(self) -> None:
        scene = self.window.scene
        if scene is None or not Shiboken.isValid(scene):
            return
        m = scene.document.map
        self.moments.refresh(m)
        self.most_votes.refresh(m)
        self.analysis.schedule()
        self.action_plan.schedule()

    # -- actions ----------------------------------------------------------------------------------
    def ask_timer(self) -> bool:
        dialog = TimerDialog(5, self.window)
        accepted = dialog.exec()
        minutes = dialog.minutes.value()
        dialog.deleteLater()
        if accepted:
            self.timer.start(minutes)
        return bool(accepted)

    def toggle_card_moment(self) -> bool:
        from ...commands import edits

        ids = self.window.scene.selected_ids("card")
        if not ids:
            return False
        m = self.window.document.map
        flag = not all(m.cards[i].moment_of_truth for i in ids)
        return self.window.document.edit(edits.set_cards_fields, ids, "Toggle moment of truth", moment_of_truth=flag)
