<?xml version="1.0" encoding="UTF-8"?>
<!--
  Our own reduction of the ISO 19139 -> DCAT-AP path data.gouv.fr harvests GeoNetwork catalogues
  through (udata's "csw-iso-19139" backend runs SEMIC's iso-19139-to-dcat-ap XSLT with Saxon and the
  parameters CoupledResourceLookUp=disabled, include-deprecated=yes, locale-preferred-lang=fre).
  It reproduces only the paths that XSLT reads for what udata keeps: title, description, frequency,
  spatial extent, contact point, licence and access rights. Written from the public mapping, not
  copied: where the original reads a path, this reads the same path, nothing more.

  What matters most: for a dataset, licence and access rights are written on dcat:Distribution only,
  and a distribution exists only for an online resource whose function is download, offlineAccess or
  order, or whose URL is a GetCapabilities request. udata then takes them from the distributions.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
    xmlns:dcat="http://www.w3.org/ns/dcat#"
    xmlns:dct="http://purl.org/dc/terms/"
    xmlns:vcard="http://www.w3.org/2006/vcard/ns#"
    xmlns:gsp="http://www.opengis.net/ont/geosparql#"
    xmlns:gmd="http://www.isotc211.org/2005/gmd"
    xmlns:gco="http://www.isotc211.org/2005/gco"
    xmlns:gmx="http://www.isotc211.org/2005/gmx"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    exclude-result-prefixes="gmd gco gmx xlink">

  <xsl:output method="xml" indent="yes" encoding="utf-8"/>

  <!-- The harvester's parameters (profile stays the XSLT's default, extended). -->
  <xsl:param name="profile" select="'extended'"/>
  <xsl:param name="CoupledResourceLookUp" select="'disabled'"/>
  <xsl:param name="include-deprecated" select="'yes'"/>
  <xsl:param name="locale-preferred-lang" select="'fre'"/>

  <xsl:variable name="op-frequency" select="'http://publications.europa.eu/resource/authority/frequency/'"/>

  <xsl:template match="/">
    <rdf:RDF>
      <xsl:apply-templates select="gmd:MD_Metadata|//gmd:MD_Metadata"/>
    </rdf:RDF>
  </xsl:template>

  <xsl:template match="gmd:MD_Metadata">
    <xsl:variable name="lang" select="if (gmd:language/gmd:LanguageCode/@codeListValue = 'eng') then 'en' else 'fr'"/>
    <xsl:variable name="scope" select="normalize-space(gmd:hierarchyLevel/gmd:MD_ScopeCode/@codeListValue)"/>
    <xsl:variable name="ident" select="gmd:identificationInfo[1]/*"/>
    <xsl:variable name="constraints">
      <xsl:apply-templates select="$ident/gmd:resourceConstraints/*" mode="constraints">
        <xsl:with-param name="lang" select="$lang"/>
      </xsl:apply-templates>
    </xsl:variable>
    <rdf:Description>
      <xsl:if test="$scope = ('dataset', 'series', 'nonGeographicDataset')">
        <rdf:type rdf:resource="http://www.w3.org/ns/dcat#Dataset"/>
      </xsl:if>
      <!-- title and abstract: gco:CharacterString only -->
      <xsl:for-each select="$ident/gmd:citation/*/gmd:title">
        <dct:title xml:lang="{$lang}"><xsl:value-of select="normalize-space(gco:CharacterString)"/></dct:title>
      </xsl:for-each>
      <xsl:for-each select="$ident/gmd:abstract">
        <dct:description xml:lang="{$lang}"><xsl:value-of select="normalize-space(gco:CharacterString)"/></dct:description>
      </xsl:for-each>
      <!-- maintenance frequency: ISO code -> EU frequency -->
      <xsl:for-each select="$ident/gmd:resourceMaintenance/gmd:MD_MaintenanceInformation/gmd:maintenanceAndUpdateFrequency/gmd:MD_MaintenanceFrequencyCode[@codeListValue != '']">
        <xsl:variable name="code" select="map{'continual': 'CONT', 'daily': 'DAILY', 'weekly': 'WEEKLY',
            'fortnightly': 'BIWEEKLY', 'semimonthly': 'MONTHLY_2', 'monthly': 'MONTHLY', 'quarterly': 'QUARTERLY',
            'biannually': 'ANNUAL_2', 'annually': 'ANNUAL', 'biennially': 'BIENNIAL', 'periodic': 'OTHER',
            'asNeeded': 'AS_NEEDED', 'irregular': 'IRREG', 'notPlanned': 'NOT_PLANNED', 'unknown': 'UNKNOWN'}(@codeListValue)"/>
        <xsl:if test="$code">
          <dct:accrualPeriodicity rdf:resource="{$op-frequency}{$code}"/>
        </xsl:if>
      </xsl:for-each>
      <!-- spatial extent: the bounding box, gco:Decimal sides -->
      <xsl:for-each select="$ident/*[self::gmd:extent]/*/gmd:geographicElement/gmd:EX_GeographicBoundingBox">
        <xsl:variable name="w" select="gmd:westBoundLongitude/gco:Decimal"/>
        <xsl:variable name="e" select="gmd:eastBoundLongitude/gco:Decimal"/>
        <xsl:variable name="s" select="gmd:southBoundLatitude/gco:Decimal"/>
        <xsl:variable name="n" select="gmd:northBoundLatitude/gco:Decimal"/>
        <dct:spatial rdf:parseType="Resource">
          <rdf:type rdf:resource="http://purl.org/dc/terms/Location"/>
          <dcat:bbox rdf:datatype="http://www.opengis.net/ont/geosparql#wktLiteral">POLYGON((<xsl:value-of select="concat($w, ' ', $n, ',', $e, ' ', $n, ',', $e, ' ', $s, ',', $w, ' ', $s, ',', $w, ' ', $n)"/>))</dcat:bbox>
        </dct:spatial>
      </xsl:for-each>
      <!-- responsible parties with role pointOfContact: the contact point -->
      <xsl:for-each select="$ident/gmd:pointOfContact/gmd:CI_ResponsibleParty[gmd:role/gmd:CI_RoleCode/@codeListValue = 'pointOfContact']">
        <dcat:contactPoint rdf:parseType="Resource">
          <rdf:type rdf:resource="http://www.w3.org/2006/vcard/ns#Kind"/>
          <vcard:fn xml:lang="{$lang}"><xsl:value-of select="normalize-space((gmd:individualName, gmd:organisationName)[1]/*)"/></vcard:fn>
          <xsl:for-each select="gmd:contactInfo/gmd:CI_Contact/gmd:address/gmd:CI_Address/gmd:electronicMailAddress/*[normalize-space() != '']">
            <vcard:hasEmail rdf:resource="mailto:{normalize-space(.)}"/>
          </xsl:for-each>
        </dcat:contactPoint>
      </xsl:for-each>
      <!-- distributions: licence and access rights go there, and only there -->
      <xsl:if test="$scope = ('dataset', 'series', 'nonGeographicDataset')">
        <xsl:for-each select="gmd:distributionInfo/gmd:MD_Distribution/gmd:transferOptions/*/gmd:onLine/*">
          <xsl:variable name="url" select="string(gmd:linkage/gmd:URL)"/>
          <xsl:variable name="function" select="string(gmd:function/gmd:CI_OnLineFunctionCode/@codeListValue)"/>
          <xsl:variable name="service" select="contains(substring-after(lower-case($url), '?'), 'request=getcapabilities')"/>
          <xsl:if test="$service or $function = ('download', 'offlineAccess', 'order')">
            <dcat:distribution>
              <dcat:Distribution>
                <dcat:accessURL rdf:resource="{$url}"/>
                <xsl:copy-of select="$constraints"/>
              </dcat:Distribution>
            </dcat:distribution>
          </xsl:if>
        </xsl:for-each>
      </xsl:if>
    </rdf:Description>
  </xsl:template>

  <!-- Constraints related to access and use -->
  <xsl:template match="*" mode="constraints">
    <xsl:param name="lang"/>
    <!-- use limitations: a licence (kept by include-deprecated=yes) -->
    <xsl:if test="$include-deprecated = 'yes'">
      <xsl:for-each select="gmd:useLimitation">
        <xsl:choose>
          <xsl:when test="normalize-space(gco:CharacterString) != ''">
            <dct:license><dct:LicenseDocument><rdfs:label xml:lang="{$lang}"><xsl:value-of select="normalize-space(gco:CharacterString)"/></rdfs:label></dct:LicenseDocument></dct:license>
          </xsl:when>
          <xsl:when test="gmx:Anchor/@xlink:href">
            <dct:license><dct:LicenseDocument rdf:about="{gmx:Anchor/@xlink:href}"/></dct:license>
          </xsl:when>
        </xsl:choose>
      </xsl:for-each>
    </xsl:if>
    <!-- other constraints of a use constraints block: licences -->
    <xsl:for-each select="gmd:otherConstraints[../gmd:useConstraints]">
      <xsl:choose>
        <xsl:when test="normalize-space(gco:CharacterString) != ''">
          <dct:license><dct:LicenseDocument><rdfs:label xml:lang="{$lang}"><xsl:value-of select="normalize-space(gco:CharacterString)"/></rdfs:label></dct:LicenseDocument></dct:license>
        </xsl:when>
        <xsl:when test="gmx:Anchor/@xlink:href">
          <dct:license><dct:LicenseDocument rdf:about="{gmx:Anchor/@xlink:href}"/></dct:license>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
    <!-- other constraints of an access constraints block: access rights -->
    <xsl:for-each select="gmd:otherConstraints[../gmd:accessConstraints]">
      <xsl:choose>
        <xsl:when test="normalize-space(gco:CharacterString) != ''">
          <dct:accessRights><dct:RightsStatement><rdfs:label xml:lang="{$lang}"><xsl:value-of select="normalize-space(gco:CharacterString)"/></rdfs:label></dct:RightsStatement></dct:accessRights>
        </xsl:when>
        <xsl:when test="gmx:Anchor/@xlink:href">
          <dct:accessRights><dct:RightsStatement rdf:about="{gmx:Anchor/@xlink:href}"/></dct:accessRights>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
