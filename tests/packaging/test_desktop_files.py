"""The Linux desktop files: validated by the freedesktop tools where installed, and consistent
with each other and with the app (id, icon name, MIME type, binary)."""

from __future__ import annotations

import configparser
import sys
import tomllib
import xml.etree.ElementTree as ET

import pytest

from .support import APP_ID, DESKTOP, LINUX, METAINFO, MIME_TYPE, MIME_XML, ROOT, require_tool, run

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(delimiters=("=",), interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_metainfo_passes_appstreamcli():
    tool = require_tool("appstreamcli", "appstream")
    result = run([tool, "validate", "--no-net", str(METAINFO)])
    assert result.returncode == 0, result.stdout + result.stderr
    # errors (E:) and warnings (W:) fail; infos (I:) and pedantic notes (P:) are advice
    problems = [line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert not problems, result.stdout


def test_desktop_entry_passes_desktop_file_validate():
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = run([tool, str(DESKTOP)])
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error:" not in output and "warning:" not in output, output


def test_mime_definition_is_well_formed_for_xmllint():
    tool = require_tool("xmllint", "libxml2-utils")
    result = run([tool, "--noout", str(MIME_XML)])
    assert result.returncode == 0, result.stderr


def test_mime_definition_declares_cxmap():
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.cxmap"]
    assert mime.find(f"{MIME_NS}icon").get("name") == APP_ID
    comments = {c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text for c in mime.findall(f"{MIME_NS}comment")}
    assert comments.get(None) and comments.get("fi")


def test_desktop_entry_matches_the_app():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "cxdesigner" and entry["Exec"].split()[1] in ("%f", "%F")
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Name[fi]"] and entry["Comment[fi]"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert "cxdesigner" in scripts  # the command the entry runs


def test_metainfo_matches_the_desktop_entry_and_mime_type():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable[@type='desktop-id']").text == DESKTOP.name
    assert root.findtext("provides/binary") == "cxdesigner"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("metadata_license") and root.findtext("project_license") == "MIT"
    version = root.find("releases/release").get("version")
    init = (ROOT / "cxdesigner" / "__init__.py").read_text(encoding="utf-8")
    assert f'__version__ = "{version}"' in init, "the newest <release> is not the package version"


@pytest.mark.skipif(sys.platform.startswith("win"), reason="install.sh is a bash script for Linux")
def test_install_script_passes_shellcheck():
    tool = require_tool("shellcheck", "shellcheck")
    result = run([tool, str(LINUX / "install.sh")])
    assert result.returncode == 0, result.stdout
