// MetaBuilder on Azure App Service (Linux) for one environment (staging or production):
//   - one Web App running the gateway image as its main container and the two services as sidecar
//     containers on localhost:8081/8082 (App Service sidecars), scaled out by the plan's instance count;
//   - Azure Database for PostgreSQL Flexible Server 15 with automatic backups;
//   - Key Vault for DATABASE_URL, SECRET_KEY and ADMIN_PASSWORD, read through Key Vault references by
//     the app's managed identity.
// Deployed by .github/workflows/deploy.yml (infra/deploy/deploy.sh azure ...) with a parameters file per
// environment; a new release only changes imageTag. Flyway migrates at service start.

@allowed(['staging', 'production'])
param environment string
param location string = resourceGroup().location
@description('Registry and repository prefix of the images, e.g. ghcr.io/acme')
param imagePrefix string
@description('Image tag to run: the short commit SHA (deploys) or vX.Y.Z (releases)')
param imageTag string
param registryUsername string = ''
@secure()
param registryPassword string = ''
param postgresAdminLogin string = 'metabuilder'
@secure()
param postgresAdminPassword string
@secure()
param secretKey string
param adminEmail string
@secure()
param adminPassword string
param corsOrigins string
param appServiceSku string = environment == 'production' ? 'P1v3' : 'B2'
param instanceCount int = environment == 'production' ? 2 : 1

var isProduction = environment == 'production'
var suffix = uniqueString(resourceGroup().id, environment)
var databaseName = 'metabuilder'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var privateRegistry = !empty(registryUsername)

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2022-12-01' = {
  name: 'metabuilder-${environment}-pg-${suffix}'
  location: location
  sku: isProduction
    ? { name: 'Standard_D2ds_v4', tier: 'GeneralPurpose' }
    : { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '15'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: isProduction ? 64 : 32 }
    backup: {
      backupRetentionDays: isProduction ? 35 : 7
      geoRedundantBackup: isProduction ? 'Enabled' : 'Disabled'
    }
    highAvailability: { mode: isProduction ? 'ZoneRedundant' : 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2022-12-01' = {
  parent: postgres
  name: databaseName
}

// Only Azure services reach the server (0.0.0.0 is Azure's own convention); no public client address.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2022-12-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('mb-${environment}-${suffix}', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
  }
}

resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'database-url'
  properties: {
    value: 'postgresql://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=require'
  }
}

resource secretKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'secret-key'
  properties: { value: secretKey }
}

resource adminPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'admin-password'
  properties: { value: adminPassword }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'metabuilder-${environment}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku, capacity: instanceCount }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'metabuilder-${environment}-${suffix}'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'sitecontainers'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/health/ready'
      appSettings: [
        { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'false' }
        { name: 'DATABASE_URL', value: '@Microsoft.KeyVault(SecretUri=${databaseUrlSecret.properties.secretUri})' }
        { name: 'SECRET_KEY', value: '@Microsoft.KeyVault(SecretUri=${secretKeySecret.properties.secretUri})' }
        { name: 'ADMIN_PASSWORD', value: '@Microsoft.KeyVault(SecretUri=${adminPasswordSecret.properties.secretUri})' }
        { name: 'ADMIN_EMAIL', value: adminEmail }
        { name: 'ALGORITHM', value: 'HS256' }
        { name: 'ACCESS_TOKEN_EXPIRE_MINUTES', value: '30' }
        { name: 'CORS_ORIGINS', value: corsOrigins }
        { name: 'ENVIRONMENT', value: environment }
        { name: 'DEBUG', value: 'false' }
        { name: 'READ_WAIT_TIMEOUT_MS', value: '5000' }
        { name: 'COMMAND_PORT', value: '8081' }
        { name: 'QUERY_PORT', value: '8082' }
        { name: 'GATEWAY_PORT', value: '8000' }
        { name: 'COMMAND_UPSTREAM', value: '127.0.0.1:8081' }
        { name: 'QUERY_UPSTREAM', value: '127.0.0.1:8082' }
        { name: 'REGISTRY_PASSWORD', value: registryPassword }
      ]
    }
  }
}

var serviceEnv = [
  { name: 'DATABASE_URL', value: 'DATABASE_URL' }
  { name: 'SECRET_KEY', value: 'SECRET_KEY' }
  { name: 'ADMIN_EMAIL', value: 'ADMIN_EMAIL' }
  { name: 'ADMIN_PASSWORD', value: 'ADMIN_PASSWORD' }
  { name: 'ALGORITHM', value: 'ALGORITHM' }
  { name: 'ACCESS_TOKEN_EXPIRE_MINUTES', value: 'ACCESS_TOKEN_EXPIRE_MINUTES' }
  { name: 'CORS_ORIGINS', value: 'CORS_ORIGINS' }
  { name: 'ENVIRONMENT', value: 'ENVIRONMENT' }
  { name: 'DEBUG', value: 'DEBUG' }
  { name: 'READ_WAIT_TIMEOUT_MS', value: 'READ_WAIT_TIMEOUT_MS' }
]

// Sidecar environment entries name app settings (value = the setting's name), not literal values.
resource gateway 'Microsoft.Web/sites/sitecontainers@2024-04-01' = {
  parent: site
  name: 'gateway'
  properties: {
    image: '${imagePrefix}/metabuilder-gateway:${imageTag}'
    isMain: true
    targetPort: '8000'
    authType: privateRegistry ? 'UserCredentials' : 'Anonymous'
    userName: privateRegistry ? registryUsername : null
    passwordSecret: privateRegistry ? 'REGISTRY_PASSWORD' : null
    environmentVariables: [
      { name: 'GATEWAY_PORT', value: 'GATEWAY_PORT' }
      { name: 'COMMAND_UPSTREAM', value: 'COMMAND_UPSTREAM' }
      { name: 'QUERY_UPSTREAM', value: 'QUERY_UPSTREAM' }
    ]
  }
}

resource commandService 'Microsoft.Web/sites/sitecontainers@2024-04-01' = {
  parent: site
  name: 'command-service'
  properties: {
    image: '${imagePrefix}/metabuilder-command-service:${imageTag}'
    isMain: false
    targetPort: '8081'
    authType: privateRegistry ? 'UserCredentials' : 'Anonymous'
    userName: privateRegistry ? registryUsername : null
    passwordSecret: privateRegistry ? 'REGISTRY_PASSWORD' : null
    environmentVariables: concat(serviceEnv, [{ name: 'PORT', value: 'COMMAND_PORT' }])
  }
}

resource queryService 'Microsoft.Web/sites/sitecontainers@2024-04-01' = {
  parent: site
  name: 'query-service'
  properties: {
    image: '${imagePrefix}/metabuilder-query-service:${imageTag}'
    isMain: false
    targetPort: '8082'
    authType: privateRegistry ? 'UserCredentials' : 'Anonymous'
    userName: privateRegistry ? registryUsername : null
    passwordSecret: privateRegistry ? 'REGISTRY_PASSWORD' : null
    environmentVariables: concat(serviceEnv, [{ name: 'PORT', value: 'QUERY_PORT' }])
  }
}

resource vaultAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, site.id, keyVaultSecretsUser)
  properties: {
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

// Seed thresholds on the platform side too: scale out on CPU > 70% (the specification's trigger).
resource autoscale 'Microsoft.Insights/autoscalesettings@2022-10-01' = if (isProduction) {
  name: 'metabuilder-${environment}-autoscale'
  location: location
  properties: {
    enabled: true
    targetResourceUri: plan.id
    profiles: [
      {
        name: 'cpu'
        capacity: { minimum: string(instanceCount), maximum: '6', default: string(instanceCount) }
        rules: [
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricResourceUri: plan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT10M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: 70
            }
            scaleAction: { direction: 'Increase', type: 'ChangeCount', value: '1', cooldown: 'PT10M' }
          }
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricResourceUri: plan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT20M'
              timeAggregation: 'Average'
              operator: 'LessThan'
              threshold: 30
            }
            scaleAction: { direction: 'Decrease', type: 'ChangeCount', value: '1', cooldown: 'PT20M' }
          }
        ]
      }
    ]
  }
}

output url string = 'https://${site.properties.defaultHostName}'
output postgresHost string = postgres.properties.fullyQualifiedDomainName
