"""The panel's buttons come from one table: a new action is a row and a method, nothing else."""
from qgis.PyQt.QtCore import Qt

from passerelle.ui import panel as panel_module
from passerelle.ui.panel import PanelAction, PasserellePanel


def test_an_action_row_adds_a_button_that_acts_on_the_selected_layers(qtbot, qgis_iface, layers, monkeypatch):
    linked = []
    link = PanelAction("link_button", "panelLink", "&Link…", "Link the selected layer to a record", "link_record",
                       counted="&Link ({})…", needs_selection=True)
    monkeypatch.setattr(panel_module, "ACTIONS", panel_module.ACTIONS + (link,))
    monkeypatch.setattr(PasserellePanel, "link_record", lambda self: linked.append(self.selected_ids()),
                        raising=False)
    panel = PasserellePanel(qgis_iface)
    qtbot.addWidget(panel)
    try:
        qtbot.waitUntil(lambda: not panel.is_refreshing(), timeout=120_000)
        assert panel.findChild(type(panel.link_button), "panelLink") is panel.link_button
        assert not panel.link_button.isEnabled() and panel.link_button.text() == "&Link…"
        parcelles = layers["parcelles"].id()
        panel.select([parcelles])
        assert panel.link_button.isEnabled() and panel.link_button.text() == "&Link (1)…"
        assert panel.check_button.text() == "Chec&k (1)"  # the shipped actions count the selection too
        panel.show()
        qtbot.mouseClick(panel.link_button, Qt.LeftButton)
        assert linked == [[parcelles]]
    finally:
        panel.cancel()
        panel.disconnect_project()
