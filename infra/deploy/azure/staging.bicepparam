// Parameters for the staging environment. Secrets are read from the deploying job's environment
// (GitHub environment "staging" secrets, see .github/workflows/deploy.yml); none is stored here.
using './main.bicep'

param environment = 'staging'
param imagePrefix = readEnvironmentVariable('IMAGE_PREFIX')
param imageTag = readEnvironmentVariable('IMAGE_TAG')
param registryUsername = readEnvironmentVariable('REGISTRY_USERNAME', '')
param registryPassword = readEnvironmentVariable('REGISTRY_PASSWORD', '')
param postgresAdminPassword = readEnvironmentVariable('POSTGRES_ADMIN_PASSWORD')
param secretKey = readEnvironmentVariable('SECRET_KEY')
param adminEmail = readEnvironmentVariable('ADMIN_EMAIL', 'admin@metabuilder.example.com')
param adminPassword = readEnvironmentVariable('ADMIN_PASSWORD')
param corsOrigins = readEnvironmentVariable('CORS_ORIGINS', 'https://metabuilder-staging.example.com')
