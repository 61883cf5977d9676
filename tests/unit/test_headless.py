"""Scripts start QGIS with or without a display: offscreen when there is none."""
from passerelle.qgis_io.headless import choose_qt_platform


def test_no_display_chooses_the_offscreen_platform():
    environ = {"HOME": "/root"}
    assert choose_qt_platform(environ) == "offscreen" and environ["QT_QPA_PLATFORM"] == "offscreen"
    assert choose_qt_platform({"DISPLAY": "", "WAYLAND_DISPLAY": ""}) == "offscreen"


def test_a_display_or_a_chosen_platform_is_left_alone():
    for environ in ({"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}):
        assert choose_qt_platform(environ) == "" and "QT_QPA_PLATFORM" not in environ
    assert choose_qt_platform({"QT_QPA_PLATFORM": "minimal"}) == "minimal"
